package cn.renda.handling;

/**
 * SPI: a mechanism module registers a kind of case by exposing a bean implementing this interface.
 */
public interface CaseKind {

    /** The kind's definition; called once at start-up. */
    KindDefinition definition();
}
