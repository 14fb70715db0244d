package id.baku.tenant;

/** A token just created, with its secret: the only moment the secret exists outside its owner's hands. */
public record CreatedApiToken(ApiTokenRecord token, String secret) {

    /** Keeps the secret out of logs and error messages. */
    @Override
    public String toString() {
        return "CreatedApiToken[token=" + token + ", secret=" + token.prefix() + "…]";
    }
}
