import type { Migration } from 'kysely';
import * as init from './2026-11-24T1900-init';
import * as loginAttempts from './2026-11-24T2000-login-attempts';
import * as measures from './2026-11-24T2100-measures';
import * as checkedClaims from './2026-11-29T1600-checked-claims';
import * as signoffBinding from './2026-11-29T1610-signoff-binding';
import * as articleAuthor from './2026-11-29T1700-article-author';
import * as articleLanguage from './2026-11-29T1720-article-language';
import * as figureMatchKey from './2026-12-02T1310-figure-match-key';
import * as scaleIndexes from './2026-12-02T1400-scale-indexes';
import * as articleVersions from './2026-12-02T1330-article-versions';
import * as searchText from './20261202160047-search-text';
import * as matchTerms from './20261202161427-match-terms';
import * as filterIndexes from './20261202165746-filter-indexes';
import * as figurePreviousReading from './20261202163041-figure-previous-reading';
import * as figureFrame from './20261202170401-figure-frame';
import * as matchRejectionStableKey from './20261202185915-match-rejection-stable-key';
import * as loginAttemptLastAt from './20261203071500-login-attempt-last-at';
import * as articleProgress from './20261203071500-article-progress';
import * as claimReady from './20261203073000-claim-ready';
import * as searchKeepsStopWords from './20261203074000-search-keeps-stop-words';
import * as claimSearchNewest from './20261203150000-claim-search-newest';
import * as articleDateline from './20261203160000-article-dateline';

/** Every migration, by name; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '2026-11-24T1900-init': init,
  '2026-11-24T2000-login-attempts': loginAttempts,
  '2026-11-24T2100-measures': measures,
  '2026-11-29T1600-checked-claims': checkedClaims,
  '2026-11-29T1610-signoff-binding': signoffBinding,
  '2026-11-29T1700-article-author': articleAuthor,
  '2026-11-29T1720-article-language': articleLanguage,
  '2026-12-02T1310-figure-match-key': figureMatchKey,
  '2026-12-02T1400-scale-indexes': scaleIndexes,
  '2026-12-02T1330-article-versions': articleVersions,
  '20261202160047-search-text': searchText,
  '20261202161427-match-terms': matchTerms,
  '20261202165746-filter-indexes': filterIndexes,
  '20261202163041-figure-previous-reading': figurePreviousReading,
  '20261202170401-figure-frame': figureFrame,
  '20261202185915-match-rejection-stable-key': matchRejectionStableKey,
  '20261203071500-login-attempt-last-at': loginAttemptLastAt,
  '20261203071500-article-progress': articleProgress,
  '20261203073000-claim-ready': claimReady,
  '20261203074000-search-keeps-stop-words': searchKeepsStopWords,
  '20261203150000-claim-search-newest': claimSearchNewest,
  '20261203160000-article-dateline': articleDateline,
};
