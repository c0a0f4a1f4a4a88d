package app.rounds.dashboard;

import app.rounds.dashboard.EventDashboardResponse.Connections;
import app.rounds.dashboard.EventDashboardResponse.FollowUps;
import app.rounds.dashboard.EventDashboardResponse.Introductions;
import app.rounds.dashboard.EventDashboardResponse.Outcomes;
import app.rounds.dashboard.EventDashboardResponse.Registration;
import app.rounds.dashboard.EventDashboardResponse.Specialties;

/** The counted part of an event's dashboard: what {@link DashboardSnapshots} keeps. */
record EventFigures(Registration registration, Introductions introductions, Connections connections, FollowUps followUps,
                    Outcomes outcomes, Specialties specialties) {
}
