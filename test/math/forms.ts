// Tables of known answers: every equivalent form that must be accepted and hand-picked near-misses
// that must be rejected. Generated near-misses (factors, units, two answers, rounding) are added
// from the same table in equivalence.test.ts.
import type { MathTruth } from '../../verifiers/math/index.js';

export interface Row {
  name: string;
  truth: MathTruth;
  accept: string[];
  reject: string[];
}

const s2 = 3 * Math.SQRT2;

export const TABLE: Row[] = [
  {
    name: '3√2 cm',
    truth: { value: s2, symbolic: '3*sqrt(2)', unit: 'cm' },
    accept: ['3*sqrt(2)', '3√2', '3 √2', '3√(2)', 'sqrt(18)', '√18', '\\sqrt{18}', '3\\sqrt{2}', '3\\sqrt2', '\\frac{6}{\\sqrt{2}}', '\\dfrac{6}{\\sqrt{2}}', '6/sqrt(2)', '18^(1/2)', '18^0.5', '4.24', '4.243', '4.2426', '3√2 cm', '3\\sqrt{2}\\text{ cm}', '42.43 mm', '0.0424 m', '$3\\sqrt{2}$', 'AB = 3\\sqrt{2}', 'AB = 3√2 ≈ 4.24 cm', '3 \\cdot \\sqrt{2}', '3\\times\\sqrt{2}', '\\sqrt{2}\\cdot 3', '(3)(sqrt(2))', '3*2^(1/2)', '\\sqrt{9 \\cdot 2}', '3\\sqrt{2}\\,\\mathrm{cm}', 'The answer is 3√2 cm.', '3 sqrt(2) centimeters', '\\left(3\\sqrt{2}\\right)'],
    reject: ['3*sqrt(3)', '2√3', '6√2', '3√2/2', '9√2', '18', '4.2', '4.3', '4.25', '4', '3√2 cm^2', '3√2 mm', '4.24 m', '3√2 or 4', '3√2, 2√3', '4.24, 4.3', 'sqrt(2)', '3', '3 sqrt(2) + 1', '-3√2', '3√2 degrees', '\\sqrt{8}', 'x', 'AB'],
  },
  {
    name: '60°',
    truth: { value: 60, unit: 'deg' },
    accept: ['60', '60°', '60^\\circ', '60^{\\circ}', '60 degrees', '60 deg', '60.0', '60.00°', '\\frac{\\pi}{3} rad', 'π/3 rad', 'pi/3 radians', '120/2', '\\angle ABC = 60^\\circ', '60 °', '60\\degree', '1.0472 rad', '180/3', '\\dfrac{180}{3}', '60º', '∠ACB = 60°', '60 degree', '1.05 rad'],
    reject: ['30', '120', '59', '61', '59.9', '60.1', '\\frac{\\pi}{3}', 'π/3', '60 rad', '60 or 120', '60°, 120°', '1/3', '600', '6', '60 cm', '-60', '2π/3 rad', '1.1 rad'],
  },
  {
    name: '7/2 cm',
    truth: { value: 3.5, symbolic: '7/2', unit: 'cm' },
    accept: ['7/2', '3.5', '\\frac{7}{2}', '\\dfrac{7}{2}', '\\tfrac{7}{2}', '14/4', '3.50', '35 mm', '0.035 m', '7/2 cm', '3.5 cm', '\\frac{7}{2}\\,\\text{cm}', '(7)/(2)', '7 / 2', '3.5 centimetres', '\\frac72', '3\\frac{1}{2}', '3 1/2', '3½', '3 \\tfrac{1}{2} cm'],
    reject: ['2/7', '7', '3', '4', '3.4', '3.6', '35', '3.5 mm', '3.5 cm^2', '7/2 or 3', '3,5', '3.5 m', '\\frac{7}{3}', '1.75'],
  },
  {
    name: '25π − 50 cm²',
    truth: { value: 25 * Math.PI - 50, symbolic: '25*pi - 50', unit: 'cm^2' },
    accept: ['25π - 50', '25\\pi - 50', '25*pi - 50', '-50 + 25π', '25(π - 2)', '25\\left(\\pi - 2\\right)', '\\frac{100\\pi - 200}{4}', '28.54', '28.540', '28.5', '25π − 50 cm²', '25\\pi-50\\text{ cm}^2', '25π − 50 cm^2', '2853.98 mm^2', '25π - 50 square centimeters', '(25π − 50) cm²', '25 pi - 50'],
    reject: ['25π', '50 - 25π', '25π + 50', '50π - 50', '28', '29', '28.4', '28.6', '25π - 50 cm', '25π - 50 m^2', '28.54 or 28.55', '12.5π - 25', '25(π - 1)', '78.54'],
  },
  {
    name: '16π/3 − 4√3',
    truth: { value: (16 * Math.PI) / 3 - 4 * Math.sqrt(3), symbolic: '16*pi/3 - 4*sqrt(3)', unit: 'cm^2' },
    accept: ['16π/3 - 4√3', '\\frac{16\\pi}{3} - 4\\sqrt{3}', '16*pi/3 - 4*sqrt(3)', '(16π - 12√3)/3', '\\frac{16\\pi - 12\\sqrt{3}}{3}', '9.827', '9.83', '-4\\sqrt{3} + \\frac{16}{3}\\pi', '4(4π/3 - √3)', '16π/3 − 4√3 cm²', '9.8270'],
    reject: ['16π/3', '16π/3 + 4√3', '4√3', '16π/3 - 2√3', '9.8', '9.9', '9.85', '10', '8π/3 - 4√3', '16π/3 - 4√3 cm', '9.83, 9.84'],
  },
  {
    name: '196/25 cm',
    truth: { value: 196 / 25, symbolic: '196/25', unit: 'cm' },
    accept: ['196/25', '7.84', '\\frac{196}{25}', '7.840', '392/50', '7.84 cm', '78.4 mm', '\\dfrac{196}{25}\\text{cm}', 'BD = 196/25', '7.84 centimeters'],
    reject: ['196/24', '7.8', '7.85', '8', '25/196', '196', '7.84 m', '7.84 or 8', '784/10', '7.9'],
  },
  {
    name: 'ratio 1/2',
    truth: { value: 0.5, symbolic: '1/2' },
    accept: ['1/2', '0.5', '1:2', '50%', '\\frac{1}{2}', '2/4', '.5', '0.50', '1 : 2', 'BD/DC = 1/2', '\\frac12', '50\\%', '\\frac{1}{2}'],
    reject: ['2', '2:1', '1/3', '0.4', '0.6', '5%', '1/2 cm', '1:2:3', '1/2 or 2', '0.55', '-1/2', '1', '1\\frac{1}{2}', '1 1/2', '1½'],
  },
  {
    name: '2√65 cm',
    truth: { value: 2 * Math.sqrt(65), symbolic: '2*sqrt(65)', unit: 'cm' },
    accept: ['2√65', '2\\sqrt{65}', 'sqrt(260)', '\\sqrt{260}', '16.12', '16.125', '16.1', '2*sqrt(65) cm', '√260 cm', '161.2 mm', '2 \\sqrt{65}\\text{ cm}', 'AB=2\\sqrt{65}'],
    reject: ['√65', '4√65', '2√63', '16', '16.2', '16.0', '√130', '2√65 cm²', '2√65, √65', '16.13 mm', '65'],
  },
  {
    name: '10π/3 cm',
    truth: { value: (10 * Math.PI) / 3, symbolic: '10*pi/3', unit: 'cm' },
    accept: ['10π/3', '\\frac{10\\pi}{3}', '10*pi/3', '(10/3)π', '\\frac{10}{3}\\pi', '10.47', '10.472', '10.5', '3.333π', '10π/3 cm', '10\\pi/3', '\\frac{10 \\pi}{3}\\,\\mathrm{cm}'],
    reject: ['10/3', '5π/3', '20π/3', '10π', '10.4', '10.6', '11', '10', '10π/3 cm²', '10π/3 or 5π/3', '3.33π', '10π/3°'],
  },
  {
    name: '9√3 cm',
    truth: { value: 9 * Math.sqrt(3), symbolic: '9*sqrt(3)', unit: 'cm' },
    accept: ['9√3', '9\\sqrt{3}', '\\sqrt{243}', '27/√3', '\\frac{27}{\\sqrt{3}}', '15.59', '15.588', '15.6', '9*3^(1/2)', '9 * sqrt(3)', '3√27', '9√3 cm'],
    reject: ['9√2', '3√3', '27', '18', '15.5', '15.7', '16', '9√3/2', '\\sqrt{81}', '9√3 mm', '9√3 and 18'],
  },
  {
    name: '121 − 121π/4 cm²',
    truth: { value: 121 - (121 * Math.PI) / 4, symbolic: '121 - 121*pi/4', unit: 'cm^2' },
    accept: ['121 - 121π/4', '121(1 - π/4)', '\\frac{121(4-\\pi)}{4}', '121 - \\frac{121\\pi}{4}', '25.97', '25.967', '26.0', '121 − 121π/4 cm²', '-121π/4 + 121', '(484 - 121π)/4'],
    reject: ['121π/4', '121 - 121π', '121 - 121π/2', '25.9', '26.1', '26', '121 + 121π/4', '121 - 121π/4 cm', '25.97, 26.00'],
  },
  {
    name: '8 + 2√65 cm',
    truth: { value: 8 + 2 * Math.sqrt(65), symbolic: '8 + 2*sqrt(65)', unit: 'cm' },
    accept: ['8 + 2√65', '2√65 + 8', '2(4 + √65)', '8+2\\sqrt{65}', '24.12', '24.125', '24.1', '2\\left(4+\\sqrt{65}\\right)', '8 + 2√65 cm'],
    reject: ['8 + √65', '4 + 2√65', '8 - 2√65', '24', '24.2', '24.0', '2√65', '8 + 2√65 cm²', '24.12 or 24.13'],
  },
  {
    name: '1000',
    truth: { value: 1000 },
    accept: ['1000', '1,000', '1{,}000', '1000.0', '10^3', '1e3', '1 \\times 10^3', '10^{3}', '1000.00'],
    reject: ['100', '10000', '1,000,000', '999', '1001', '1,000 or 100', '1000 cm', '10^4', '1e4'],
  },
  {
    name: 'yes',
    truth: { value: true },
    accept: ['yes', 'Yes', 'YES', 'Yes.', 'yes, it is tangent', 'true', 'True', '\\text{yes}', 'Yes, PT is tangent.'],
    reject: ['no', 'No.', 'false', 'yes or no', 'Yes, it is not tangent', 'maybe', 'It is tangent', 'yes no', '', 'tangent'],
  },
  {
    name: 'no',
    truth: { value: false },
    accept: ['no', 'No', 'No.', 'false', 'no, they are not parallel', '\\text{No}', 'NO'],
    reject: ['yes', 'Yes.', 'true', 'no or yes', 'not sure', 'parallel', 'Yes, not parallel'],
  },
  {
    name: 'choice B = 2√3',
    truth: { value: 2 * Math.sqrt(3), choices: ['3', '2*sqrt(3)', '6', 'sqrt(3)'] },
    accept: ['B', '(B)', 'B.', 'b', 'B) 2√3', '(B) 2\\sqrt{3}', 'Option B', 'option (B)', '\\text{B}', '2√3', '\\sqrt{12}', 'B: 2√3', 'choice B', '3.464'],
    reject: ['A', 'C', 'D', 'E', 'B, C', 'B or D', 'A) 3', 'B) 6', '3', '6', '√3', 'AB', 'B and C', 'Z'],
  },
  {
    name: '-5 (signed)',
    truth: { value: -5 },
    accept: ['-5', '−5', '-5.0', '(-5)', '-10/2', '- 5', '-\\frac{10}{2}'],
    reject: ['5', '-4', '-6', '-5.1', '-5 or 5', '+5', '−5 cm'],
  },
  {
    name: '3π/4 rad',
    truth: { value: (3 * Math.PI) / 4, symbolic: '3*pi/4', unit: 'rad' },
    accept: ['3π/4', '\\frac{3\\pi}{4}', '3*pi/4', '135°', '135^\\circ', '135 degrees', '2.356', '2.36', '3π/4 rad', '0.75π', '\\frac{3}{4}\\pi', '(3/4) pi radians'],
    reject: ['135', '3π/2', 'π/4', '45°', '2.3', '2.4', '3/4', '3π/4 cm', '3π/4 or π/4', '270°'],
  },
  {
    name: '12 cm²',
    truth: { value: 12, unit: 'cm^2' },
    accept: ['12', '12 cm^2', '12 cm²', '12\\text{ cm}^2', '12\\,\\mathrm{cm}^{2}', '1200 mm^2', '0.0012 m^2', '12.0', '24/2', '\\frac{24}{2}', '12 sq cm', '12 square centimetres', 'Area = 12 cm²', '3 \\cdot 4', '3*4', '2^2*3'],
    reject: ['12 cm', '12 mm^2', '11', '13', '12.5', '24', '6', '144', '12 or 13', '12 m²', '120 mm^2', '\\sqrt{12}'],
  },
  {
    name: '√2/2',
    truth: { value: Math.SQRT1_2, symbolic: 'sqrt(2)/2' },
    accept: ['√2/2', '\\frac{\\sqrt{2}}{2}', 'sqrt(2)/2', '1/√2', '\\frac{1}{\\sqrt{2}}', '1/sqrt(2)', '0.707', '0.7071', '2^(-1/2)', '\\sqrt{\\frac{1}{2}}', 'sqrt(0.5)', '\\dfrac{\\sqrt2}{2}', '0.70711', '\\sqrt{2}/2'],
    reject: ['√2', '2/√2', '1/2', '0.7', '0.71', '0.8', '√3/2', '1/√3', '\\frac{\\sqrt{2}}{4}', '√2/2 cm', '0.707, 0.5'],
  },
  {
    name: '13 cm',
    truth: { value: 13, unit: 'cm' },
    accept: ['13', '13 cm', '13.0', '13.00 cm', '130 mm', '0.13 m', '\\sqrt{169}', '√169', '26/2', 'sqrt(5^2 + 12^2)', '\\sqrt{5^2+12^2}', '13\\text{cm}', 'AB = 13', '13 centimeters', '$13$'],
    reject: ['12', '14', '12.9', '13.1', '17', '√13', '13 cm^2', '13 m', '13 mm', '13 or 12', '5 + 12', '169', '13°'],
  },
  {
    name: 'ratio 8/7',
    truth: { value: 8 / 7, symbolic: '8/7' },
    accept: ['8/7', '8:7', '\\frac{8}{7}', '1.143', '1.14', '16/14', '16:14', '1.1429', '8 : 7', '\\dfrac{8}{7}'],
    reject: ['7/8', '7:8', '1.1', '1.2', '8', '1', '15/7', '8/7 cm', '8/7, 7/8', '1.15'],
  },
  {
    name: '45°',
    truth: { value: 45, unit: 'deg' },
    accept: ['45', '45°', '45^\\circ', '45 degrees', '90/2', '\\frac{\\pi}{4}\\text{ rad}', 'π/4 rad', '45.0', '\\angle ABC = 45°', '45\\,^{\\circ}', '0.785 rad'],
    reject: ['π/4', '\\frac{\\pi}{4}', '90', '135', '44', '46', '45 rad', '45 or 135', '22.5', '45 cm'],
  },
  {
    name: 'choice D = 50°',
    truth: { value: 50, unit: 'deg', choices: ['130', '40', '90', '50'] },
    accept: ['D', '(D)', 'D.', 'd', 'D) 50°', 'Option D', '50', '50°', '\\text{D}', 'D: 50', 'The answer is D', 'Answer: (D)', 'The correct option is D.'],
    reject: ['A', 'B', 'C', 'D) 40°', 'A or D', 'D, A', '130', '40°', '45', 'E', 'The answer is A', 'Answer: D or A'],
  },
  {
    name: 'chart reading 37 ±2 %',
    truth: { value: 37, tolerance: { rel: 0.02 } },
    accept: ['37', '36.5', '37.7', '36.4', '37.0', '37.6'],
    reject: ['35', '39', '36.2', '37.8', '36 or 38', '74'],
  },
];
