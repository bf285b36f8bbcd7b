package cn.renda.supervision;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The annual supervision plan (监督法 第六十三条): one per year, its items with lead committee, leader,
 * participants, schedule and the SC meeting where they are heard; adopted by a directors' meeting and
 * published. Writes need STAFF; the published plan is public.
 */
public interface SupervisionPlanFacade {

    /** Command: a new plan for a year. */
    record NewPlan(int year, String title) {}

    /** Command: an item of a plan; participants and the leader are person ids picked by name. */
    record NewPlanItem(
            SupervisionForm form,
            String title,
            Long leadCommitteeId,
            Long leaderPersonId,
            List<Long> participantIds,
            LocalDate startsOn,
            LocalDate endsOn,
            Long heardItemId) {

        public NewPlanItem {
            participantIds = participantIds == null ? List.of() : List.copyOf(participantIds);
        }
    }

    /** A plan with its adoption and items. */
    record PlanView(
            long id,
            int year,
            String title,
            MeetingDirectory.MeetingRef adoptedBy,
            LocalDate adoptedOn,
            boolean published,
            List<PlanItemView> items) {}

    /** A supervision record an item links to (inspection, law-enforcement inspection, meeting item). */
    record RecordLink(String kind, long id, String title) {}

    /** An item with names resolved and the records carrying it out. */
    record PlanItemView(
            long id,
            long planId,
            SupervisionForm form,
            String title,
            Long leadCommitteeId,
            String leadCommitteeName,
            Long leaderPersonId,
            String leaderName,
            List<Long> participantIds,
            List<String> participantNames,
            LocalDate startsOn,
            LocalDate endsOn,
            MeetingDirectory.AgendaRef heardAt,
            PlanPhase phase,
            List<RecordLink> records) {}

    long create(NewPlan plan);

    long addItem(long planId, NewPlanItem item);

    /** Records the directors' meeting that adopted the plan. */
    PlanView adopt(long planId, long directorsMeetingId, LocalDate adoptedOn);

    /** Publishes an adopted plan on {@code /public/supervision-plan/{year}}. */
    PlanView publish(long planId);

    /** Moves an item to the next phase as its transition table allows. */
    PlanItemView moveItem(long itemId, PlanPhase target);

    PlanView get(long planId);

    Optional<PlanView> ofYear(int year);

    /** A plan in the list: adopted or not, published or not, how many items. */
    record PlanSummary(long id, int year, String title, boolean adopted, boolean published, int items) {}

    /** Plans whose title contains {@code q} or whose year is {@code q}; sort keys: year (default, newest first), title. */
    Page<PlanSummary> plans(String q, PageRequest page);

    /** How many plan items not done are scheduled to end on or before the date (staff's waiting work). */
    long itemsDueBy(LocalDate date);

    /** The published plan of a year (no user needed). */
    Optional<PlanView> published(int year);
}
