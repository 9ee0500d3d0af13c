package com.milestonerecovery.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Guards the README's run command, which no other test executes: `./mvnw spring-boot:run` must start the
 * app with exactly the demo profile (a malformed plugin configuration once broke it while every test passed).
 */
class BuildConfigurationTest {

    @Test
    void springBootRunActivatesOnlyTheDemoProfile() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        NodeList plugins = pom.getElementsByTagName("plugin");
        List<String> profiles = new ArrayList<>();
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (!"spring-boot-maven-plugin".equals(text(plugin, "artifactId"))) {
                continue;
            }
            NodeList entries = plugin.getElementsByTagName("profile");
            for (int j = 0; j < entries.getLength(); j++) {
                Node entry = entries.item(j);
                assertThat(entry.getChildNodes().getLength()).as("a profile name, not a Maven profile").isEqualTo(1);
                profiles.add(entry.getTextContent().strip());
            }
        }
        assertThat(profiles).containsExactly("demo");
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent().strip();
    }
}
