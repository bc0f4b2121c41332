/** A seeded, rule-based toy translation task for offline demos and end-to-end tests. */
package org.s2s4j.corpora.synthetic;
