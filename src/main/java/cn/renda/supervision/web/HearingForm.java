package cn.renda.supervision.web;

import jakarta.validation.constraints.NotNull;

/** Form: The SC meeting agenda item at which a report was heard. */
final class HearingForm {

    @NotNull
    private Long agendaItemId;

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public void setAgendaItemId(Long v) {
        agendaItemId = v;
    }
}
