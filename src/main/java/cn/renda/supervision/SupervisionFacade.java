package cn.renda.supervision;

import cn.renda.core.InvalidInputException;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.CaseView;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.NewCase;
import cn.renda.handling.SourceLink;
import cn.renda.handling.SourceType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Supervision opinions: creation (and immediate issue) on the handling engine, public lookup. */
@Service
public class SupervisionFacade {

    /** The engine's kind code of supervision opinions. */
    public static final String KIND = SupervisionOpinionKind.CODE;

    private final HandlingFacade handling;

    private final cn.renda.core.References references;

    SupervisionFacade(HandlingFacade handling, cn.renda.core.References references) {
        this.references = references;
        this.handling = handling;
    }

    /** Creates an opinion (STAFF); issues it to the units when asked. */
    @Transactional
    public CaseView createOpinion(NewOpinion o) {
        return createOpinion(o, SourceType.DIRECT);
    }

    /** As {@link #createOpinion(NewOpinion)}, from an inspection or a law-enforcement inspection. */
    @Transactional
    public CaseView createOpinion(NewOpinion o, SourceType sourceType) {
        if (o.issues().stream().anyMatch(i -> i == null || i.isBlank() || i.length() > 2000)
                || o.issues().size() > 200) {
            throw new InvalidInputException("issues", "supervision.error.issues");
        }
        if (o.issueNow() && o.units().isEmpty()) {
            throw new InvalidInputException("units", "supervision.error.units");
        }
        references.requireUnits("units", o.units().stream().map(u -> u.unitId()).toList());
        Map<String, Object> attributes = new LinkedHashMap<>();
        DocumentType type = o.documentType() == null ? DocumentType.DELIBERATION : o.documentType();
        attributes.put("documentType", type.name());
        attributes.put("issues", o.issues());
        attributes.put(
                "unitsConcerned",
                o.units().stream()
                        .map(u -> Map.of("unitId", u.unitId(), "role", u.role().name()))
                        .toList());
        NewCase command = new NewCase(
                KIND,
                o.title(),
                o.content(),
                o.category(),
                new SourceLink(sourceType, o.sourceReference(), o.sourceDate()),
                List.of(),
                attributes);
        CaseView created = handling.create(o.datedInYear() == null ? command : command.datedIn(o.datedInYear()));
        if (!o.issueNow()) {
            return created;
        }
        return handling.act(created.id(), ActionCommand.assign(created.version(), o.units()));
    }

    /** A published opinion by id or number, for the public page. */
    @Transactional(readOnly = true)
    public Optional<CaseView> published(String idOrNumber) {
        return handling.findPublished(idOrNumber).filter(c -> KIND.equals(c.kind()));
    }
}
