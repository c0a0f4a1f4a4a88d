package app.rounds.support;

import static app.rounds.support.Api.api;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Profile photos uploaded through the API, for tests of the responses that show them. */
public final class Photos {

    private Photos() {
    }

    /** Uploads a small square JPEG as the token holder's photo; returns the photoUrl the profile now gives. */
    public static String upload(String ownerToken) {
        return api(ownerToken).contentType("image/jpeg").body(squareJpeg()).put("/api/v1/me/profile/photo")
                .then().statusCode(200).extract().path("photoUrl");
    }

    private static byte[] squareJpeg() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "jpeg", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
