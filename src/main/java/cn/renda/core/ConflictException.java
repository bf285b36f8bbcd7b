package cn.renda.core;

/** A concurrent change or a state that forbids the action (answered as 409). */
public class ConflictException extends DomainException {

    public ConflictException(String messageKey, String message, Object... arguments) {
        super(messageKey, message, arguments);
    }
}
