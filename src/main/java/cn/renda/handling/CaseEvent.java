package cn.renda.handling;

/** Common shape of the engine's events: every one names its congress, case and kind. */
public interface CaseEvent {
    long congressId();

    long caseId();

    String kind();
}
