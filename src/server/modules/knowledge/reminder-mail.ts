// The reminder e-mail, in English then Chinese: focal points read either, and one message serves both.

interface EditionRef {
  titleEn: string;
  titleZh: string;
  number: number;
  date: string;
}

export function reminderMail(kind: 'acknowledge' | 'superseded', e: EditionRef): { subject: string; body: string } {
  if (kind === 'acknowledge')
    return {
      subject: `Please acknowledge: ${e.titleEn}, edition ${e.number} / 请确认收到：${e.titleZh}（第${e.number}版）`,
      body: [
        `Edition ${e.number} (${e.date}) of "${e.titleEn}" was sent to your organisation and has not been acknowledged yet.`,
        'Open Concord, Knowledge, Inbox to download it and acknowledge receipt.',
        '',
        `《${e.titleZh}》第${e.number}版（${e.date}）已发送给贵方，尚未确认收到。`,
        '请登录 Concord，在“知识”页面的收件箱中下载并确认收到。',
      ].join('\n'),
    };
  return {
    subject: `New edition replaces the one you hold: ${e.titleEn}, edition ${e.number} / 新版本已替代旧版本：${e.titleZh}（第${e.number}版）`,
    body: [
      `Your organisation holds an earlier edition of "${e.titleEn}". Edition ${e.number} (${e.date}) replaces it and is now in your inbox.`,
      'Please stop using the earlier edition, and acknowledge the new one in Concord, Knowledge, Inbox.',
      '',
      `贵方持有的《${e.titleZh}》为旧版本，第${e.number}版（${e.date}）已替代该版本，现已发送到收件箱。`,
      '请停止使用旧版本，并在 Concord“知识”页面的收件箱中确认收到新版本。',
    ].join('\n'),
  };
}
