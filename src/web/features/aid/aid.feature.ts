import { moduleIcons } from '../../components/module-icon';
import { defineFeature, page } from '../../app/feature';
import en from './locales/en.json';
import zh from './locales/zh.json';

export const aidFeature = defineFeature({
  id: 'aid',
  routes: [
    { path: '/aid', lazy: page(() => import('./routes/aid-page'), 'AidPage') },
    { path: '/aid/figures/report', lazy: page(() => import('./routes/figures-report-page'), 'FiguresReportPage') },
    { path: '/aid/partners/:partnerId/chain', lazy: page(() => import('./routes/partner-chain-page'), 'PartnerChainPage') },
    { path: '/aid/consignments/:id/print', lazy: page(() => import('./routes/consignment-print-page'), 'ConsignmentPrintPage') },
  ],
  nav: [{ section: 'modules', to: '/aid', label: 'modules.aid.title', icon: moduleIcons.aid }],
  locales: { en, zh },
});
