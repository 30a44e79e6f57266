/** Synthetic abstracts with no number at all, each with its faithful translation. */
export const EN_FREE =
  'Psoriasis is a chronic inflammatory skin disease. We describe how mesenchymal stem cells modulate the immune response in affected skin. The treatment was well tolerated and improved quality of life.';
export const ZH_FREE = '银屑病是一种慢性炎症性皮肤病。我们描述了间充质干细胞如何调节受累皮肤的免疫反应。该治疗耐受性良好，并改善了生活质量。';
export const EN_AD = 'Atopic dermatitis is a relapsing skin disease. Intravenous stem cells reduced itching and the area of eczema without serious side effects.';
export const ZH_AD = '特应性皮炎是一种反复发作的皮肤病。静脉输注干细胞减轻了瘙痒和湿疹面积，未见严重不良反应。';
