package cn.renda.outreach.web;

import cn.renda.handling.Evaluation;
import jakarta.validation.constraints.Size;

/** The fields of the opinion page's steps: triage (category, unit picked by name, note), answer, reason. */
public class TriageForm {

    private long version;

    @Size(max = 50)
    private String category;

    /** The district unit an escalated opinion goes to, picked by name (its id). */
    private Long unitId;

    @Size(max = 1000)
    private String note;

    @Size(max = 2000)
    private String reply;

    private boolean publish = true;

    @Size(max = 1000)
    private String reason;

    /** The voter's evaluation, recorded by the deputy who received the opinion. */
    private Evaluation evaluation;

    @Size(max = 500)
    private String comment;

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean publish) {
        this.publish = publish;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Evaluation getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
