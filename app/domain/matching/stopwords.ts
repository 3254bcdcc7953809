// Function words that say nothing about which claim a text is about; a
// generic English list (articles, pronouns, auxiliaries, prepositions,
// conjunctions) plus the words social posts wrap around a claim ("rt", "via").
const words = `a about above after again against all am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my myself
no nor not of off on once only or other our ours ourselves out over own same she should so some such than
that the their theirs them themselves then there these they this those through to too under until up very
was we were what when where which while who whom why will with would you your yours yourself yourselves
also s t d ll m o re ve y ain isn aren wasn weren hasn haven hadn doesn don didn won wouldn shan shouldn
can't couldn mustn needn mightn let us rt via amp`;

/** Lower-case English stopwords (tokens, not stems). */
export const STOPWORDS: ReadonlySet<string> = new Set(words.split(/\s+/).filter(Boolean));
