package cn.renda.core;

import java.util.List;

/** Input that breaks a rule checked in a service, with field errors (answered as 400). */
public class InvalidInputException extends DomainException {

    /** One field's problem: the field name and an i18n message key. */
    public record FieldProblem(String field, String messageKey, Object... arguments) {}

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("error.invalidInput", "Invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(List.of(new FieldProblem(field, messageKey, arguments)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
