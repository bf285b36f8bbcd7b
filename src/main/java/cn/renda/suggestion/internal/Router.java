package cn.renda.suggestion.internal;

import cn.renda.search.IndexedUnit;
import cn.renda.search.SearchHit;
import cn.renda.suggestion.Routing;
import cn.renda.suggestion.UnitCandidate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Suggests units by k nearest neighbours: each similar earlier case votes for its lead (and separate)
 * units and, separately, its co units, with its similarity as the weight; shares of the votes rank them.
 */
final class Router {

    /** Neighbours consulted. */
    static final int NEIGHBOURS = 15;

    private Router() {}

    static Routing route(
            List<SearchHit> neighbours, Collection<Long> excludedCases, LongFunction<String> names, int top) {
        Map<Long, Double> leads = new LinkedHashMap<>();
        Map<Long, Double> cos = new LinkedHashMap<>();
        int used = 0;
        for (SearchHit h : neighbours) {
            if (h.units().isEmpty() || excludedCases.contains(h.caseId()) || used >= NEIGHBOURS) {
                continue;
            }
            used++;
            double w = h.score() * h.score();
            for (IndexedUnit u : h.units()) {
                ("CO".equals(u.role()) ? cos : leads).merge(u.unitId(), w, Double::sum);
            }
        }
        return new Routing(ranked(leads, names, top), ranked(cos, names, top));
    }

    private static List<UnitCandidate> ranked(Map<Long, Double> votes, LongFunction<String> names, int top) {
        double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
        List<UnitCandidate> out = new ArrayList<>();
        votes.entrySet().stream()
                .sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
                .limit(top)
                .forEach(e -> out.add(new UnitCandidate(
                        e.getKey(),
                        names.apply(e.getKey()),
                        total == 0 ? 0 : Math.round(e.getValue() / total * 1000) / 1000.0)));
        return out;
    }
}
