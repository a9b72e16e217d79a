import { mount } from "../shared/mount.js";

mount("Übersicht", <p>Dasselbe Registrierungsformular, fünfmal gebaut: wählen Sie oben eine Formularbibliothek.</p>);
