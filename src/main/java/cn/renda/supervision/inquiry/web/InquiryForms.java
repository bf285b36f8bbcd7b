package cn.renda.supervision.inquiry.web;

import cn.renda.supervision.inquiry.AnswerEvaluation;
import cn.renda.supervision.inquiry.AskerKind;
import cn.renda.supervision.inquiry.ObjectKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;

/** The form objects of the special inquiry pages (bound by setters, shown by getters). */
final class InquiryForms {

    private InquiryForms() {}

    private static final Pattern UNIT_SEPARATORS = Pattern.compile("[、,，;；\\n]+");

    /** Unit names typed or picked, separated by 、 or commas; the first leads. */
    static List<String> names(String value) {
        return value == null
                ? List.of()
                : UNIT_SEPARATORS
                        .splitAsStream(value)
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    /** A new special inquiry. */
    static final class InquiryForm {
        @NotBlank
        @Size(max = 200)
        private String title;

        @Size(max = 4000)
        private String scope;

        @Size(max = 100)
        private String leadCommittee;

        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate inquiryDate;

        @NotNull
        @Min(1)
        @Max(100)
        private Integer thresholdPercent = 60;

        @NotNull
        @Min(0)
        @Max(365)
        private Integer warningDays = 14;

        public String getTitle() {
            return title;
        }

        public void setTitle(String v) {
            title = v;
        }

        public String getScope() {
            return scope;
        }

        public void setScope(String v) {
            scope = v;
        }

        public String getLeadCommittee() {
            return leadCommittee;
        }

        public void setLeadCommittee(String v) {
            leadCommittee = v;
        }

        public LocalDate getInquiryDate() {
            return inquiryDate;
        }

        public void setInquiryDate(LocalDate v) {
            inquiryDate = v;
        }

        public Integer getThresholdPercent() {
            return thresholdPercent;
        }

        public void setThresholdPercent(Integer v) {
            thresholdPercent = v;
        }

        public Integer getWarningDays() {
            return warningDays;
        }

        public void setWarningDays(Integer v) {
            warningDays = v;
        }
    }

    /** A research team. */
    static final class TeamForm {
        @NotBlank
        @Size(max = 100)
        private String name;

        /** The team's leader, an SC member picked by name. */
        private Long leaderPersonId;

        /** The team's members, SC members picked by name. */
        @Size(max = 30)
        private java.util.List<Long> teamIds = new java.util.ArrayList<>();

        public String getName() {
            return name;
        }

        public void setName(String v) {
            name = v;
        }

        public Long getLeaderPersonId() {
            return leaderPersonId;
        }

        public void setLeaderPersonId(Long v) {
            leaderPersonId = v;
        }

        public java.util.List<Long> getTeamIds() {
            return teamIds;
        }

        public void setTeamIds(java.util.List<Long> v) {
            teamIds = v == null ? new java.util.ArrayList<>() : v;
        }
    }

    /** A team's visit. */
    static final class VisitForm {
        @NotNull
        private Long teamId;

        @NotNull
        private ObjectKind objectKind;

        @NotBlank
        @Size(max = 200)
        private String objectName;

        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate visitedOn;

        @Size(max = 1000)
        private String peopleMet;

        @Size(max = 4000)
        private String findings;

        public Long getTeamId() {
            return teamId;
        }

        public void setTeamId(Long v) {
            teamId = v;
        }

        public ObjectKind getObjectKind() {
            return objectKind;
        }

        public void setObjectKind(ObjectKind v) {
            objectKind = v;
        }

        public String getObjectName() {
            return objectName;
        }

        public void setObjectName(String v) {
            objectName = v;
        }

        public LocalDate getVisitedOn() {
            return visitedOn;
        }

        public void setVisitedOn(LocalDate v) {
            visitedOn = v;
        }

        public String getPeopleMet() {
            return peopleMet;
        }

        public void setPeopleMet(String v) {
            peopleMet = v;
        }

        public String getFindings() {
            return findings;
        }

        public void setFindings(String v) {
            findings = v;
        }
    }

    /** A problem of the list; units by name. */
    static final class ProblemForm {
        @NotBlank
        @Size(max = 100)
        private String category;

        @NotNull
        private ObjectKind sourceKind;

        @NotBlank
        @Size(max = 200)
        private String sourceObject;

        @NotBlank
        @Size(max = 4000)
        private String description;

        /** The responsible units, picked by name (ids); the problem list names them. */
        @jakarta.validation.constraints.NotEmpty
        @Size(max = 10)
        private java.util.List<Long> unitIds = new java.util.ArrayList<>();

        @Size(max = 4000)
        private String evidence;

        public String getCategory() {
            return category;
        }

        public void setCategory(String v) {
            category = v;
        }

        public ObjectKind getSourceKind() {
            return sourceKind;
        }

        public void setSourceKind(ObjectKind v) {
            sourceKind = v;
        }

        public String getSourceObject() {
            return sourceObject;
        }

        public void setSourceObject(String v) {
            sourceObject = v;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String v) {
            description = v;
        }

        public java.util.List<Long> getUnitIds() {
            return unitIds;
        }

        public void setUnitIds(java.util.List<Long> v) {
            unitIds = v == null ? new java.util.ArrayList<>() : v;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String v) {
            evidence = v;
        }
    }

    /** What happened to a question at the inquiry meeting. */
    static final class QuestionForm {
        @NotNull
        private AskerKind askerKind;

        @Size(max = 60)
        private String askerName;

        /** The answering department, picked by name among the congress's units (its id). */
        private Long answerUnitId;

        @Size(max = 60)
        private String answererName;

        @Size(max = 8000)
        private String answer;

        private AnswerEvaluation evaluation;

        public AskerKind getAskerKind() {
            return askerKind;
        }

        public void setAskerKind(AskerKind v) {
            askerKind = v;
        }

        public String getAskerName() {
            return askerName;
        }

        public void setAskerName(String v) {
            askerName = v;
        }

        public Long getAnswerUnitId() {
            return answerUnitId;
        }

        public void setAnswerUnitId(Long v) {
            answerUnitId = v;
        }

        public String getAnswererName() {
            return answererName;
        }

        public void setAnswererName(String v) {
            answererName = v;
        }

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String v) {
            answer = v;
        }

        public AnswerEvaluation getEvaluation() {
            return evaluation;
        }

        public void setEvaluation(AnswerEvaluation v) {
            evaluation = v;
        }
    }
}
