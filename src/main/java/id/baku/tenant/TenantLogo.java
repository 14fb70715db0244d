package id.baku.tenant;

public record TenantLogo(byte[] bytes, String contentType) {
}
