import raw from '../../data/syria.ar.json' with { type: 'json' };

/** The Arabic words for the shipped dataset, unchecked: `syriaIn` checks them with `parseTranslation`. */
export default raw;
