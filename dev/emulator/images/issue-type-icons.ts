/**
 * The issue type icons `iconUrl` points at (`/images/icons/issuetypes/<file>`): Jira serves each
 * type's avatar from the site, so the emulator serves small stand-ins in Jira's colours, without
 * authentication, as a browser loads them from an `<img>`.
 */
const tile = (colour: string, mark: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" viewBox="0 0 16 16">` +
  `<rect width="16" height="16" rx="2" fill="${colour}"/>${mark}</svg>`;

const ICONS: Readonly<Record<string, string>> = {
  'epic.svg': tile('#904EE2', '<path d="M9 3 5 9h3l-1 4 4-6H8z" fill="#fff"/>'),
  'story.svg': tile('#63BA3C', '<path d="M5 3h6v10l-3-2-3 2z" fill="#fff"/>'),
  'task.svg': tile(
    '#4BADE8',
    '<path d="m4.5 8 2.5 2.5 4.5-5" fill="none" stroke="#fff" stroke-width="2"/>',
  ),
  'bug.svg': tile('#E5493A', '<circle cx="8" cy="8" r="3.5" fill="#fff"/>'),
  'subtask.svg': tile(
    '#4BADE8',
    '<rect x="3.5" y="3.5" width="5" height="5" fill="none" stroke="#fff" stroke-width="1.5"/>' +
      '<rect x="7.5" y="7.5" width="5" height="5" fill="#fff"/>',
  ),
};

const PREFIX = '/images/icons/issuetypes/';

/** The icon at `pathname`, or undefined when the path is not an issue type icon the seed uses. */
export function issueTypeIcon(pathname: string): string | undefined {
  if (!pathname.startsWith(PREFIX)) return undefined;
  const file = pathname.slice(PREFIX.length);
  return Object.hasOwn(ICONS, file) ? ICONS[file] : undefined;
}
