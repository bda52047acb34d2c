
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Actor",
      "Attribution",
      "Change",
      "ChangeRow",
      "Document",
      "Event",
      "Evidence",
      "Figure",
      "Negotiation",
      "Participation",
      "Position",
      "Relation",
      "Statement",
      "Suggestion"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "Actor",
      "Attribution",
      "Change",
      "ChangeRow",
      "Document",
      "Event",
      "Evidence",
      "Figure",
      "Negotiation",
      "Participation",
      "Position",
      "Relation",
      "Statement",
      "Suggestion"
    ]
  }
};
      export default result;
    