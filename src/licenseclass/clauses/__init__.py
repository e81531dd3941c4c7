"""Reading license terms: sentences, typed hits, patterns, rules, analysis and variants."""
