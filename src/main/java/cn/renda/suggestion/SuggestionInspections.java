package cn.renda.suggestion;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import java.util.List;

/**
 * 半年视察: half-year inspection records of key suggestions (重点建议), recorded by the office or a leader,
 * listed and shown with the suggestions they concerned; each linked suggestion's case timeline gets an
 * INSPECTION event.
 */
public interface SuggestionInspections {

    /** Records an inspection (STAFF or LEADER); every linked suggestion must be a key suggestion. */
    InspectionView record(NewInspection i);

    /** The inspections, newest first (office roles). */
    Page<InspectionView> list(PageRequest page);

    /** One inspection (office roles). */
    InspectionView get(long id);

    /** The inspections that concerned a suggestion (office roles; empty for others). */
    List<InspectionView> ofSuggestion(long suggestionId);

    /** The key suggestions an inspection may concern (the open key cases of the congress, at most 200). */
    List<InspectionView.Linked> keySuggestions();
}
