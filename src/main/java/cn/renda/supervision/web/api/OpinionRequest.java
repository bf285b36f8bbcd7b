package cn.renda.supervision.web.api;

import cn.renda.handling.UnitAssignment;
import cn.renda.supervision.DocumentType;
import cn.renda.supervision.NewOpinion;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Body of {@code POST /api/v1/supervision/opinions}. */
record OpinionRequest(
        DocumentType documentType,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 50000) String content,
        @Size(max = 100) String category,
        @Size(max = 200) List<@NotBlank @Size(max = 2000) String> issues,
        @Valid @Size(max = 50) List<UnitAssignment> units,
        @Size(max = 300) String sourceReference,
        @NotNull LocalDate sourceDate,
        boolean issueNow) {

    NewOpinion toCommand() {
        return new NewOpinion(
                documentType, title, content, category, issues, units, sourceReference, sourceDate, issueNow);
    }
}
