package app.rounds.account;

/** What a successful login or refresh hands back: an access token for the API and a refresh token for the cookie. */
public record Session(Account account, String accessToken, long expiresInSeconds, String refreshToken) {
}
