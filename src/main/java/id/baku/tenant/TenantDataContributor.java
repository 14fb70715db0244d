package id.baku.tenant;

/**
 * Another module's part of a sample pemda's folder, such as its SOPs. Called while the pemda is
 * being loaded, bound to it and inside the same transaction: a bad file in any part stores
 * nothing of that pemda.
 */
public interface TenantDataContributor {

    void load(TenantData data);
}
