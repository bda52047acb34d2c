
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
      "Statement"
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
      "Statement"
    ]
  }
};
      export default result;
    