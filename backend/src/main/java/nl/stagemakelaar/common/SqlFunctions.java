package nl.stagemakelaar.common;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/** HQL functions for SQL that HQL cannot say itself (registered through META-INF/services). */
public class SqlFunctions implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        // in_student_search(s.id, :org, :tsquery): the student is among the full-text matches (V20). The
        // scalar sub-select makes PostgreSQL run the search once per query, not once per row.
        functions.getFunctionRegistry()
                .patternDescriptorBuilder("in_student_search", "(?1 = any(cast((select student_search_ids(?2, ?3)) as uuid[])))")
                .setExactArgumentCount(3)
                .setInvariantType(functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
                .register();
    }
}
