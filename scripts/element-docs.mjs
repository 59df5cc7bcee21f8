// What the editors and the README say about the kit's elements, generated from
// custom-elements.json (npm run analyze). Pure functions, so the browser test can run them too:
// test/package/package.test.ts checks that the README's styling tables are what they give.

/** The tags a page writes itself; the inner dialogs (action sheet, camera…) are opened by the API. */
export const PUBLIC_TAGS = ['wx-image-chooser', 'wx-image-preview', 'wx-image-info', 'wx-image-cropper', 'wx-media-chooser', 'wx-image-uploader'];

/** The package entry that defines each public tag. */
export const TAG_ENTRIES = {
  'wx-image-chooser': 'wx-image-kit/chooser',
  'wx-image-preview': 'wx-image-kit/preview',
  'wx-image-info': 'wx-image-kit/info',
  'wx-image-cropper': 'wx-image-kit/cropper',
  'wx-media-chooser': 'wx-image-kit/media-chooser',
  'wx-image-uploader': 'wx-image-kit/uploader',
};

/** Every element declaration of the manifest, in manifest order. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.customElement && d.tagName));
}

const publicElements = (manifest) =>
  PUBLIC_TAGS.map((tag) => elementsOf(manifest).find((d) => d.tagName === tag)).filter(Boolean);

/** `'a' | 'b'` → ['a', 'b']; anything else → undefined. */
function literalValues(typeText = '') {
  const parts = typeText.split('|').map((p) => p.trim());
  return parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

const publicMembers = (element) =>
  (element.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.privacy && !m.name.startsWith('#'));

/** VS Code's HTML custom data (settings.json `"html.customData"`). */
export function vscodeCustomData(manifest) {
  return {
    version: 1.1,
    tags: publicElements(manifest).map((element) => ({
      name: element.tagName,
      description: [element.summary ?? element.description, element.events?.length ? `Events: ${element.events.map((e) => e.name).join(', ')}.` : '']
        .filter(Boolean)
        .join('\n\n'),
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = literalValues(attribute.type?.text);
        return {
          name: attribute.name,
          description: attribute.description ?? '',
          ...(attribute.type?.text === 'boolean' ? { valueSet: 'v' } : {}),
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

/** JetBrains web-types (package.json `"web-types"`). */
export function webTypes(manifest, pkg) {
  return {
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: publicElements(manifest).map((element) => ({
          name: element.tagName,
          description: element.description ?? element.summary ?? '',
          source: { module: TAG_ENTRIES[element.tagName], symbol: element.name },
          attributes: (element.attributes ?? []).map((attribute) => ({
            name: attribute.name,
            description: attribute.description ?? '',
            ...(attribute.default ? { default: attribute.default } : {}),
            value: { type: attribute.type?.text ?? 'string', required: false },
          })),
          slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: slot.description ?? '' })),
          events: (element.events ?? []).map((event) => ({ name: event.name, description: event.description ?? '' })),
          js: {
            properties: publicMembers(element).map((member) => ({
              name: member.name,
              description: member.description ?? '',
              type: member.type?.text ?? 'unknown',
            })),
            events: (element.events ?? []).map((event) => ({
              name: event.name,
              description: event.description ?? '',
              type: event.type?.text ?? 'Event',
            })),
          },
          css: {
            parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: part.description ?? '' })),
            properties: (element.cssProperties ?? []).map((property) => ({ name: property.name, description: property.description ?? '' })),
          },
        })),
      },
    },
  };
}

const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The README's "Styling" tables: CSS parts and custom properties of every tag, public ones first. */
export function stylingTables(manifest) {
  const elements = elementsOf(manifest).sort(
    (a, b) => (PUBLIC_TAGS.indexOf(a.tagName) + 1 || 99) - (PUBLIC_TAGS.indexOf(b.tagName) + 1 || 99) || a.tagName.localeCompare(b.tagName),
  );
  const blocks = elements
    .filter((element) => element.cssParts?.length || element.cssProperties?.length)
    .map((element) => {
      const rows = [
        ...(element.cssParts ?? []).map((part) => `| \`::part(${part.name})\` | ${cell(part.description)} |`),
        ...(element.cssProperties ?? []).map((property) => `| \`${property.name}\` | ${cell(property.description)} |`),
      ];
      return [`#### \`<${element.tagName}>\``, '', '| part or custom property | what it styles |', '| --- | --- |', ...rows].join('\n');
    });
  return blocks.join('\n\n');
}

export const STYLING_START = '<!-- styling tables: generated from custom-elements.json by `npm run docs` -->';
export const STYLING_END = '<!-- end of styling tables -->';

/** The README with its styling tables replaced by `tables`. */
export function withStylingTables(readme, tables) {
  const start = readme.indexOf(STYLING_START);
  const end = readme.indexOf(STYLING_END);
  if (start < 0 || end < start) throw new Error('README.md has no styling-tables markers');
  return `${readme.slice(0, start + STYLING_START.length)}\n\n${tables}\n\n${readme.slice(end)}`;
}

/** The README's styling tables as they are. */
export function stylingTablesIn(readme) {
  const start = readme.indexOf(STYLING_START);
  const end = readme.indexOf(STYLING_END);
  return start < 0 || end < start ? undefined : readme.slice(start + STYLING_START.length, end).trim();
}
