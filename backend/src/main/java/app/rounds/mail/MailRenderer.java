package app.rounds.mail;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/**
 * Renders a mail from its kind's templates. Every template sees {@code data} (what the mail was enqueued with),
 * {@code recipientName}, {@code appUrl} (the SPA's base URL, no trailing slash) and {@code preferencesUrl}; reminder
 * templates also see {@code unsubscribeUrl}. The text template's {@code subject} fragment is the subject line.
 */
@ApplicationScoped
public class MailRenderer {

    private final Engine engine;
    private final MailLinks links;

    MailRenderer(Engine engine, MailLinks links) {
        this.engine = engine;
        this.links = links;
    }

    public RenderedMail render(MailKind kind, UUID recipientId, String recipientName, Map<String, Object> data) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("data", data);
        model.put("recipientName", recipientName);
        model.put("appUrl", links.base());
        model.put("preferencesUrl", links.app("/profile#notifications"));
        Map<String, String> headers = new LinkedHashMap<>();
        if (kind.isReminder()) {
            model.put("unsubscribeUrl", links.unsubscribePage(recipientId, kind.category()));
            headers.put("List-Unsubscribe", "<" + links.unsubscribeEndpoint(recipientId, kind.category()) + ">");
            headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        Template text = template(kind.template() + ".txt");
        Template html = template(kind.template() + ".html");
        String subject = text.getFragment("subject").render(model).strip().replaceAll("\\s+", " ");
        return new RenderedMail(subject, html.render(model), text.render(model).strip() + "\n", headers);
    }

    private Template template(String name) {
        Template template = engine.getTemplate(name);
        if (template == null) {
            throw new IllegalStateException("No mail template " + name);
        }
        return template;
    }

    public record RenderedMail(String subject, String html, String text, Map<String, String> headers) {
    }
}
