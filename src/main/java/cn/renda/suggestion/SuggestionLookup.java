package cn.renda.suggestion;

import java.util.Collection;
import java.util.Map;

/**
 * Where suggestions stand by id, for modules that keep a link to one (outreach's opinions taken up as
 * suggestions). Gives only title, status, number and state, never content or people; no access rule applies,
 * the caller shows it only to whoever may see its own record.
 */
public interface SuggestionLookup {

    /** The standing of each known id of the bound congress (unknown ids are left out). */
    Map<Long, SuggestionStanding> standing(Collection<Long> ids);
}
