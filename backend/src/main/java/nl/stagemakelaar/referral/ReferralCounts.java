package nl.stagemakelaar.referral;

/** Inbox counts: new, waitlisted, waitlisted and due for another look today or earlier. */
public record ReferralCounts(long submitted, long waitlisted, long waitlistDue) {
}
