package cn.renda.core.web;

/** Lets tests outside the package load the message source configuration on its own. */
public final class MessageSourceConfigurationAccess {

    private MessageSourceConfigurationAccess() {}

    public static Class<?> configurationClass() {
        return MessageSourceConfiguration.class;
    }
}
