package cn.renda.core;

/** The object does not exist, or is not visible to the current user (answered as 404 either way). */
public class NotFoundException extends DomainException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", what + " " + id + " not found", what, id);
    }
}
