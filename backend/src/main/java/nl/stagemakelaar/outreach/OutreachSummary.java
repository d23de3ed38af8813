package nl.stagemakelaar.outreach;

import java.util.List;
import java.util.Map;

/** The student's outreach with how many employers were approached and the results counted. */
public record OutreachSummary(long employersApproached, Map<OutreachResult, Long> byResult, List<OutreachView> items) {
}
