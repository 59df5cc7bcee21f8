export { WxElement, type ContractEventMap } from './wx-element.js';
