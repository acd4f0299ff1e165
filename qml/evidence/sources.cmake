# evidence: files are listed here by the feature's author.
