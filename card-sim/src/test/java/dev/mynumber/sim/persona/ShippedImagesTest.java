package dev.mynumber.sim.persona;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The built-in personas' text images ship pre-rendered, so the simulator starts without a Japanese font. */
class ShippedImagesTest {

    @Test
    void everyBuiltInImageIsShippedAndUsed() throws IOException {
        for (Persona persona : Personas.builtIn()) {
            for (var image : CardImages.of(persona).entrySet()) {
                String file = CardImages.FOLDER + image.getValue().fileName(image.getKey());
                try (InputStream shipped = CardImages.class.getResourceAsStream(file)) {
                    assertNotNull(shipped, persona.id() + ": run RenderBuiltInImages (see its javadoc)");
                    assertArrayEquals(shipped.readAllBytes(), CardImages.image(image.getKey(), image.getValue()),
                            persona.id());
                }
            }
        }
    }
}
