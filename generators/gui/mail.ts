import type { Rng } from '../../core/rng.js';
import { avatar, clockOf, esc, icon, ordinal, slug, statusBar, type Look, type Screen, type Target } from './ui.js';

/** An e-mail inbox: folders, toolbar, message list with unread and starred messages. */

const SENDERS = ['Ana Lima', 'Ben Carter', 'Chloe Wu', 'David Okafor', 'Elena Rossi', 'Farid Haddad', 'Grace Kim', 'Hugo Martin', 'Isla Brown', 'Jonas Weber', 'Kavya Rao', 'Liam Murphy', 'Maya Cohen', 'Noah Silva'];
const SUBJECTS = [
  ['Quarterly report draft', 'Attached is the first draft for review before Friday.'],
  ['Lunch on Thursday?', 'There is a new place near the office we could try.'],
  ['Invoice #4821', 'Please find the invoice for last month attached.'],
  ['Flight confirmation', 'Your booking is confirmed. Check-in opens 24 hours before.'],
  ['Team offsite agenda', 'Here is the plan for the two days, feedback welcome.'],
  ['Re: design review', 'Thanks, I updated the mockups with your comments.'],
  ['Your order has shipped', 'Track your parcel with the link below.'],
  ['Meeting notes', 'Summary of decisions and next steps from today.'],
  ['Password reset', 'We received a request to reset your password.'],
  ['Weekend hike', 'Forecast looks good, meet at the station at 8?'],
  ['Budget approval', 'The budget for Q3 needs your sign-off.'],
  ['Welcome aboard!', 'We are excited to have you join the team next week.'],
];
const FOLDERS: [string, string][] = [['Inbox', 'inbox'], ['Starred', 'star'], ['Sent', 'send'], ['Drafts', 'file'], ['Spam', 'alert'], ['Trash', 'trash']];
const TIMES = ['9:14 AM', '8:02 AM', 'Yesterday', 'Mon', 'Sun', 'Sat', 'Fri', 'Jun 12', 'Jun 11', 'Jun 9', 'Jun 8', 'Jun 5'];

const CSS = `.mail{display:flex;height:100%}.folders{width:220px;padding:14px 10px;background:var(--surface);border-right:1px solid var(--border)}
.fold{height:36px;padding:0 14px;gap:14px;border-radius:18px}.fold.cur{background:var(--hover);font-weight:bold;color:var(--accent)}
.list{flex:1;min-width:0;display:flex;flex-direction:column}.top{height:64px;padding:0 18px;gap:12px;background:var(--surface);border-bottom:1px solid var(--border)}
.msg{height:52px;padding:0 16px;gap:12px;border-bottom:1px solid var(--border);background:var(--surface)}.msg.unread{font-weight:bold}
.msg.read{background:var(--bg)}.msg .snip{font-weight:normal;color:var(--muted)}.dot{width:8px;height:8px;border-radius:4px;background:var(--accent);flex:none}
.mmsg{height:76px;padding:0 16px;gap:12px;border-bottom:1px solid var(--border);background:var(--surface)}.mmsg.unread .who,.mmsg.unread .subj{font-weight:bold}
.fab{position:absolute;right:18px;bottom:22px;height:52px;padding:0 20px;border-radius:16px;background:var(--accent);color:#fff;gap:10px;font-weight:bold;box-shadow:0 3px 8px rgba(0,0,0,.25)}
.star-on{color:#f4b400}.star-on path{fill:#f4b400}`;

export function mailScreen(rng: Rng, look: Look): Screen {
  const mobile = look.device === 'mobile';
  // On phones the list stops above the floating Compose button, so no message is covered by it.
  const n = Math.min(TIMES.length, Math.floor((look.height - (mobile ? 250 : 90)) / (mobile ? 76 : 52)));
  const senders = rng.shuffle(SENDERS).slice(0, n);
  const subjects = rng.shuffle(SUBJECTS);
  const msgs = senders.map((who, i) => ({ who, subject: subjects[i % subjects.length], unread: rng.chance(0.4), starred: rng.chance(0.2), time: TIMES[i] }));
  const targets: Target[] = [];
  const unread = msgs.map((m, i) => (m.unread ? i : -1)).filter((i) => i >= 0);
  unread.forEach((i, k) => targets.push({ id: `msg:${i}`, instruction: `open the ${ordinal(k)} unread message`, action: 'click' }));
  msgs.forEach((m, i) => {
    targets.push({ id: `msg:${i}`, instruction: `open the message from ${m.who}`, action: 'click' });
    if (!mobile) targets.push({ id: `star:${i}`, instruction: `${m.starred ? 'unstar' : 'star'} the message from ${m.who}`, action: 'click' });
  });
  targets.push({ id: 'search', instruction: 'search the mail for "invoice"', action: 'type', text: 'invoice' });
  targets.push({ id: 'compose', instruction: 'start writing a new e-mail', action: 'click' });
  const star = (m: (typeof msgs)[number], i: number) => `<span data-id="star:${i}" class="${m.starred ? 'star-on' : 'muted'}" style="display:flex">${icon('star')}</span>`;
  if (mobile) {
    const rows = msgs
      .map((m, i) => `<div class="row mmsg${m.unread ? ' unread' : ''}" data-id="msg:${i}">${avatar(rng, m.who)}<div class="grow"><div class="row"><span class="who grow ell">${esc(m.who)}</span><span class="muted" style="font-size:12px">${m.time}</span></div><div class="subj ell">${esc(m.subject[0])}</div><div class="muted ell" style="font-size:13px">${esc(m.subject[1])}</div></div></div>`)
      .join('');
    const html = `${statusBar(clockOf(rng))}<div class="row appbar" style="font-weight:normal;font-size:15px"><div class="iconbtn">${icon('menu')}</div><div class="field grow" data-id="search" style="border-radius:22px;height:44px;background:var(--hover);border:none">${icon('search')}<span style="margin-left:10px">Search in mail</span></div></div><div style="padding:10px 16px 4px;font-size:12px;color:var(--muted)">PRIMARY</div>${rows}<div class="row fab" data-id="compose">${icon('pencil')}Compose</div>`;
    return { kind: 'mail', html, css: CSS, targets, controls: msgs.length + 3 };
  }
  const folders = FOLDERS.map(([name, ic], i) => {
    if (i > 0) targets.push({ id: `folder:${slug(name)}`, instruction: `open the ${name} folder`, action: 'click' });
    const count = i === 0 && unread.length ? `<span class="muted" style="font-size:12px">${unread.length}</span>` : '';
    return `<div class="row fold${i === 0 ? ' cur' : ''}" data-id="folder:${slug(name)}">${icon(ic)}<span class="grow">${name}</span>${count}</div>`;
  }).join('');
  const tools = [['archive', 'Archive'], ['trash', 'Delete'], ['refresh', 'Refresh'], ['more', 'More']];
  for (const [, label] of tools) targets.push({ id: `tool:${slug(label)}`, instruction: `use the ${label} button in the toolbar`, action: 'click' });
  const toolbar = tools.map(([ic, label]) => `<div class="iconbtn" data-id="tool:${slug(label)}" title="${label}">${icon(ic)}</div>`).join('');
  const rows = msgs
    .map((m, i) => `<div class="row msg ${m.unread ? 'unread' : 'read'}" data-id="msg:${i}"><div class="check"></div>${star(m, i)}${m.unread ? '<span class="dot"></span>' : '<span style="width:8px"></span>'}<span class="ell" style="width:150px">${esc(m.who)}</span><span class="grow ell">${esc(m.subject[0])} <span class="snip">— ${esc(m.subject[1])}</span></span><span style="font-size:12px">${m.time}</span></div>`)
    .join('');
  const html = `<div class="mail"><div class="folders"><div style="font-size:20px;font-weight:bold;padding:4px 12px 14px;color:var(--accent)">Mailbox</div><div class="btn primary" data-id="compose" style="height:46px;border-radius:16px;margin:0 0 14px 4px">${icon('pencil')}Compose</div>${folders}</div><div class="list"><div class="row top"><div class="field grow" data-id="search" style="border-radius:22px;max-width:560px;background:var(--hover);border:none">${icon('search')}<span style="margin-left:10px">Search mail</span></div><div class="row" style="gap:2px">${toolbar}</div></div>${rows}</div></div>`;
  return { kind: 'mail', html, css: CSS, targets, controls: msgs.length * 2 + FOLDERS.length + tools.length + 2 };
}
