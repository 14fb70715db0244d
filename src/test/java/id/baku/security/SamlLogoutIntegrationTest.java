package id.baku.security;

import id.baku.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The SSO sign-out address ends a session, but not when another site links to it. */
@IntegrationTest
class SamlLogoutIntegrationTest {

    @Autowired WebApplicationContext context;

    @Test
    void a_link_from_another_site_does_not_sign_out_but_baku_itself_does() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpSession session = new MockHttpSession();
        session.setAttribute("marker", "signed in");

        MvcResult foreign = mvc.perform(get("/saml2/logout").session(session).header("Sec-Fetch-Site", "cross-site")).andReturn();
        assertThat(foreign.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(session.isInvalid()).isFalse();

        MvcResult own = mvc.perform(get("/saml2/logout").session(session).header("Sec-Fetch-Site", "same-origin")).andReturn();
        assertThat(own.getResponse().getRedirectedUrl()).as("no SSO session: Baku's sign-out only").isEqualTo("/login?logout");
        assertThat(session.isInvalid()).isTrue();
    }
}
