package org.childstat.indicators.core.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One medical or dental exam or mental-health screening of a child: one row of
 * {@code health_exams.csv}. The file has no id: two identical rows are both kept (they can only
 * repeat an exam that is already there). An exam belongs to the child, not to an episode: its date
 * need not fall in care. Immutable and thread-safe.
 *
 * @param childId the child examined
 * @param date    the day of the exam
 * @param type    medical, dental or mental-health screening
 */
public record HealthExam(String childId, LocalDate date, ExamType type) {
    /**
     * Checks the id and the required values.
     *
     * @param childId the child examined
     * @param date    the day of the exam
     * @param type    medical, dental or mental-health screening
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code childId} is not valid ({@link Ids#isValid})
     */
    public HealthExam {
        Ids.require(childId, "child_id");
        Objects.requireNonNull(date, "exam_date");
        Objects.requireNonNull(type, "exam_type");
    }
}
