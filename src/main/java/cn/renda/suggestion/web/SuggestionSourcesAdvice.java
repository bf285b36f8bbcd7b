package cn.renda.suggestion.web;

import cn.renda.suggestion.SuggestionSources;
import cn.renda.suggestion.SuggestionSources.Source;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The sources of the suggestion on its page (e.g. the voter opinion a deputy took up), from every {@link
 * SuggestionSources} implementation; only for the full page (GET {@code /suggestions/{id}}), not for posts or
 * htmx fragments.
 */
@ControllerAdvice(assignableTypes = SuggestionController.class)
class SuggestionSourcesAdvice {

    private final List<SuggestionSources> sources;

    SuggestionSourcesAdvice(List<SuggestionSources> sources) {
        this.sources = sources;
    }

    @ModelAttribute("sources")
    List<Source> sources(@PathVariable(name = "id", required = false) Long id, HttpServletRequest request) {
        if (id == null
                || !"GET".equals(request.getMethod())
                || request.getHeader("HX-Request") != null
                || !request.getRequestURI().endsWith("/suggestions/" + id)) {
            return List.of();
        }
        List<Source> out = new ArrayList<>();
        sources.forEach(s -> out.addAll(s.sourcesOf(id)));
        return out;
    }
}
