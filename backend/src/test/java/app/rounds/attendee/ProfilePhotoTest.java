package app.rounds.attendee;

import static app.rounds.support.Api.api;
import static app.rounds.support.Api.raw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import app.rounds.support.Events;
import app.rounds.support.Profiles;
import app.rounds.support.TestData;
import app.rounds.support.TestData.SignedIn;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProfilePhotoTest {

    private static final String PHOTO_OR_PROBLEM = "image/jpeg, application/problem+json";

    @Test
    void uploadedPhotoIsServedReEncodedWithoutItsExifLocation() throws IOException {
        SignedIn owner = TestData.attendee();
        byte[] upload = withExifGps(jpeg(800, 600));
        assertThat(new String(upload, StandardCharsets.ISO_8859_1)).contains("Exif");

        String photoUrl = upload(owner, "image/jpeg", upload).then().statusCode(200)
                .body("photoUrl", startsWith("/api/v1/attendees/" + owner.id() + "/photo?v=")).extract().path("photoUrl");

        byte[] thumb = photo(owner, photoUrl, "thumb");
        byte[] full = photo(owner, photoUrl, "full");
        for (byte[] served : new byte[][] {thumb, full}) {
            assertThat(new String(served, StandardCharsets.ISO_8859_1)).doesNotContain("Exif").doesNotContain("GPS");
            assertThat(segmentMarkers(served)).doesNotContain(0xE1);
        }
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(thumb));
        assertThat(thumbnail.getWidth()).isEqualTo(256);
        assertThat(thumbnail.getHeight()).isEqualTo(256);
        BufferedImage whole = ImageIO.read(new ByteArrayInputStream(full));
        assertThat(whole.getWidth()).isEqualTo(800);
        assertThat(whole.getHeight()).isEqualTo(600);
        api(owner.accessToken()).get("/api/v1/me/profile").then().statusCode(200).body("photoUrl", equalTo(photoUrl));
    }

    @Test
    void pngAndWebpAreTakenAndLargePhotosAreBounded() throws IOException {
        SignedIn owner = TestData.attendee();
        String photoUrl = upload(owner, "image/png", png(3000, 2000)).then().statusCode(200).extract().path("photoUrl");
        BufferedImage whole = ImageIO.read(new ByteArrayInputStream(photo(owner, photoUrl, "full")));
        assertThat(Math.max(whole.getWidth(), whole.getHeight())).isEqualTo(1024);
        upload(owner, "image/webp", getClass().getResourceAsStream("/photos/tiny.webp").readAllBytes())
                .then().statusCode(200);
    }

    @Test
    void photoEtagAnswersNotModifiedAndCachesStayPrivate() throws IOException {
        SignedIn owner = TestData.attendee();
        String photoUrl = upload(owner, "image/jpeg", jpeg(300, 300)).then().statusCode(200).extract().path("photoUrl");
        var first = raw().header("Authorization", "Bearer " + owner.accessToken()).accept("image/jpeg").get(photoUrl)
                .then().statusCode(200).contentType("image/jpeg").extract();
        assertThat(first.header("Cache-Control")).contains("private");
        raw().header("Authorization", "Bearer " + owner.accessToken()).accept("image/jpeg")
                .header("If-None-Match", first.header("ETag")).get(photoUrl).then().statusCode(304);
    }

    @Test
    void photoIsSeenByWhoeverSeesTheProfileAndNobodyElse() throws IOException {
        SignedIn organizer = TestData.organizer();
        SignedIn owner = TestData.attendee();
        SignedIn coAttendee = TestData.attendee();
        SignedIn stranger = TestData.attendee();
        UUID eventId = Events.published(organizer.accessToken(), 10);
        Profiles.save(owner.accessToken(), Profiles.body());
        Events.register(owner.accessToken(), eventId);
        Events.register(coAttendee.accessToken(), eventId);
        String photoUrl = upload(owner, "image/jpeg", jpeg(400, 400)).then().statusCode(200).extract().path("photoUrl");

        photo(coAttendee, photoUrl, "thumb");
        photo(organizer, photoUrl, "thumb");
        api(coAttendee.accessToken()).get("/api/v1/attendees/" + owner.id()).then().statusCode(200)
                .body("photoUrl", equalTo(photoUrl));
        api(coAttendee.accessToken()).get("/api/v1/events/" + eventId + "/attendees").then().statusCode(200)
                .body("items.find { it.profile.attendeeId == '" + owner.id() + "' }.profile.photoUrl", equalTo(photoUrl));
        raw().header("Authorization", "Bearer " + stranger.accessToken()).accept(PHOTO_OR_PROBLEM).get(photoUrl)
                .then().statusCode(404).contentType("application/problem+json");
        raw().accept(PHOTO_OR_PROBLEM).get(photoUrl).then().statusCode(401);
    }

    @Test
    void removedPhotoIsGoneAndInitialsAreBack() throws IOException {
        SignedIn owner = TestData.attendee();
        String photoUrl = upload(owner, "image/jpeg", jpeg(300, 300)).then().statusCode(200).extract().path("photoUrl");
        api(owner.accessToken()).delete("/api/v1/me/profile/photo").then().statusCode(204);
        raw().header("Authorization", "Bearer " + owner.accessToken()).accept(PHOTO_OR_PROBLEM).get(photoUrl)
                .then().statusCode(404);
        api(owner.accessToken()).get("/api/v1/me/profile").then().statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("photoUrl")));
    }

    @Test
    void otherMediaTypesAreRefusedAs415() throws IOException {
        SignedIn owner = TestData.attendee();
        raw().header("Authorization", "Bearer " + owner.accessToken()).contentType("image/gif").body(jpeg(10, 10))
                .put("/api/v1/me/profile/photo").then().statusCode(415).contentType("application/problem+json");
        ByteArrayOutputStream gif = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "gif", gif);
        raw().header("Authorization", "Bearer " + owner.accessToken()).contentType("image/png").body(gif.toByteArray())
                .put("/api/v1/me/profile/photo").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void photosOverFiveMegabytesAreRefusedAs413() {
        SignedIn owner = TestData.attendee();
        byte[] tooLarge = new byte[5 * 1024 * 1024 + 1];
        raw().header("Authorization", "Bearer " + owner.accessToken()).contentType("image/jpeg").body(tooLarge)
                .put("/api/v1/me/profile/photo").then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void bytesThatAreNoImageAreRefusedNamingThePhoto() throws IOException {
        SignedIn owner = TestData.attendee();
        raw().header("Authorization", "Bearer " + owner.accessToken()).contentType("image/jpeg")
                .body("not a picture at all".getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/me/profile/photo").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("photo"));
        byte[] truncated = java.util.Arrays.copyOf(jpeg(400, 400), 200);
        raw().header("Authorization", "Bearer " + owner.accessToken()).contentType("image/jpeg").body(truncated)
                .put("/api/v1/me/profile/photo").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aHugeCanvasIsRefusedBeforeItIsDecoded() throws IOException {
        SignedIn owner = TestData.attendee();
        byte[] bomb = png(1, 1);
        // The IHDR chunk's width and height follow the 8-byte signature, the chunk length and its type.
        ByteBuffer.wrap(bomb).putInt(16, 60_000).putInt(20, 60_000);
        raw().header("Authorization", "Bearer " + owner.accessToken()).contentType("image/png").body(bomb)
                .put("/api/v1/me/profile/photo").then().statusCode(400).body("errors[0].field", equalTo("photo"));
    }

    private static io.restassured.response.Response upload(SignedIn owner, String mediaType, byte[] bytes) {
        return api(owner.accessToken()).contentType(mediaType).body(bytes).put("/api/v1/me/profile/photo");
    }

    private static byte[] photo(SignedIn viewer, String photoUrl, String size) {
        return raw().header("Authorization", "Bearer " + viewer.accessToken()).accept("image/jpeg")
                .get(photoUrl + "&size=" + size).then().statusCode(200).contentType("image/jpeg").extract().asByteArray();
    }

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(30, 90, 160));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.ORANGE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        return image;
    }

    static byte[] jpeg(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height), "jpeg", bytes);
        return bytes.toByteArray();
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(picture(width, height), "png", bytes);
        return bytes.toByteArray();
    }

    /** The JPEG with an APP1 EXIF segment right after SOI whose GPS IFD places the photo at 42.36 N. */
    private static byte[] withExifGps(byte[] jpeg) {
        ByteBuffer tiff = ByteBuffer.allocate(128);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 2);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put("N\0\0\0".getBytes(StandardCharsets.US_ASCII));
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(56);
        tiff.putInt(0);
        tiff.putInt(42).putInt(1).putInt(21).putInt(1).putInt(36).putInt(1);
        byte[] tiffBytes = java.util.Arrays.copyOf(tiff.array(), tiff.position());
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer segment = ByteBuffer.allocate(4 + header.length + tiffBytes.length);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + header.length + tiffBytes.length))
                .put(header).put(tiffBytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(segment.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The markers of the JPEG's segments before its image data. */
    private static java.util.List<Integer> segmentMarkers(byte[] jpeg) {
        java.util.List<Integer> markers = new java.util.ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + (((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF));
        }
        return markers;
    }
}
