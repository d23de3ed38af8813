// Mantine's styles for the components this SPA uses, instead of all of them (@mantine/core/styles.css), in two
// parts: this file has the global styles and the components of the shell and of the pages a mentor and an employer
// land on, loaded with the first page; mantine-styles-desk.ts has the rest, loaded with the first other page
// (desk.ts). Order matters: the global styles, then the parts other components are built from, then the components;
// the desk's file always comes after this one. A component used for the first time needs its file in one of the
// two (and the files of the parts it is built from); on the first pages, in this one (first-page.test.ts).
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
// Parts other components are built from (Mantine's list of shared styles).
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/UnstyledButton.css';
import '@mantine/core/styles/VisuallyHidden.css';
import '@mantine/core/styles/Paper.css';
import '@mantine/core/styles/CloseButton.css';
import '@mantine/core/styles/Group.css';
import '@mantine/core/styles/Loader.css';
// The components.
import '@mantine/core/styles/Alert.css';
import '@mantine/core/styles/Anchor.css';
import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Burger.css';
import '@mantine/core/styles/Button.css';
import '@mantine/core/styles/Card.css';
import '@mantine/core/styles/Center.css';
import '@mantine/core/styles/NavLink.css';
import '@mantine/core/styles/Pagination.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Stack.css';
import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/Text.css';
import '@mantine/core/styles/Title.css';
