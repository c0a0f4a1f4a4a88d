package app.rounds.attendee;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SpecialtyList", description = "The whole vocabulary (or the entries matching q); small, so never paged")
public record SpecialtyListResponse(@Schema(required = true) List<Specialty> items) {
}
