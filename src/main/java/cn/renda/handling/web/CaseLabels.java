package cn.renda.handling.web;

import cn.renda.handling.HandlingFacade;
import cn.renda.handling.KindView;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Message keys of the registered kinds and their states for templates ({@code ${labels.state(kind, state)}}):
 * a kind's key {@code supervision.kind} gives state keys {@code supervision.state.<STATE>}.
 */
@Component
class CaseLabels {

    private final HandlingFacade handling;
    private volatile Map<String, KindView> kinds;

    CaseLabels(HandlingFacade handling) {
        this.handling = handling;
    }

    /** The registered kinds by code, in registration order. */
    Map<String, KindView> kinds() {
        Map<String, KindView> k = kinds;
        if (k == null) {
            k = new LinkedHashMap<>();
            for (KindView v : handling.kinds()) {
                k.put(v.code(), v);
            }
            kinds = k;
        }
        return k;
    }

    /** The message key of a kind (the code itself when unknown). */
    public String kind(String code) {
        KindView v = kinds().get(code);
        return v == null ? code : v.messageKey();
    }

    /**
     * The message key of a state of a kind: the module's {@code <module>.state.<STATE>} for kind keys
     * {@code <module>.kind} and {@code <module>.kind.<kind>} alike (suggestions and motions share theirs).
     */
    public String state(String code, String state) {
        return modulePrefix(kind(code)) + ".state." + state;
    }

    private static String modulePrefix(String kindKey) {
        int kindAt = kindKey.indexOf(".kind");
        if (kindAt > 0) {
            return kindKey.substring(0, kindAt);
        }
        int dot = kindKey.lastIndexOf('.');
        return dot < 0 ? kindKey : kindKey.substring(0, dot);
    }

    /** The message key of a kind's attribute value ({@code supervision.documentType.DELIBERATION}). */
    public String attribute(String code, String name, Object value) {
        String key = kind(code);
        int dot = key.lastIndexOf('.');
        return (dot < 0 ? key : key.substring(0, dot)) + "." + name + "." + value;
    }
}
