package app.rounds.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A kind of follow-up task (send a card, call, ...), kept as data so adding one needs no release. */
@Entity
@Table(name = "follow_up_kind")
public class FollowUpKind {

    @Id
    private String code;
    private String label;
    private int position;
    private boolean inDefaultPlan;
    private boolean needsTitle;

    protected FollowUpKind() {
    }

    public String code() { return code; }
    public String label() { return label; }
    public int position() { return position; }
    /** Part of the plan every new connection starts with. */
    public boolean inDefaultPlan() { return inDefaultPlan; }
    /** A custom task: the attendee names it. */
    public boolean needsTitle() { return needsTitle; }
    public boolean isEmail() { return "EMAIL".equals(code); }
}
