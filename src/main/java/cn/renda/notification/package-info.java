/**
 * Notifications: the in-app inbox, e-mail over SMTP and text messages through {@link
 * cn.renda.notification.SmsSender}, sent from an outbox; reminders and escalations from the handling
 * engine's events, and a daily digest. Its API is {@link cn.renda.notification.NotificationFacade}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notification",
        allowedDependencies = {"core", "handling", "identity", "organization"})
package cn.renda.notification;
