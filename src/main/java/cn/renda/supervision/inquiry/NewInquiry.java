package cn.renda.supervision.inquiry;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Command: start a special inquiry on a topic for an inquiry date, with its closure-rate threshold (default 60 %). */
public record NewInquiry(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String scope,
        @Size(max = 100) String leadCommittee,
        @NotNull LocalDate inquiryDate,
        @Min(1) @Max(100) Integer thresholdPercent,
        @Min(0) @Max(365) Integer warningDays) {

    /** Default threshold before the inquiry meeting (the seed: more than 60 % closed out). */
    public static final int DEFAULT_THRESHOLD = 60;

    /** Default days before the inquiry date from which a short rate warns. */
    public static final int DEFAULT_WARNING_DAYS = 14;

    /** An inquiry with the default threshold and warning window. */
    public static NewInquiry of(String title, String scope, String leadCommittee, LocalDate inquiryDate) {
        return new NewInquiry(title, scope, leadCommittee, inquiryDate, DEFAULT_THRESHOLD, DEFAULT_WARNING_DAYS);
    }
}
